// CareerServer: placeholder until the module lands.
