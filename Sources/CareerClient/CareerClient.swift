// CareerClient: placeholder until the module lands.
