// CareerSearch: placeholder until the module lands.
