// CareerProtocol: placeholder until the module lands.
