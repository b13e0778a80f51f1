// CareerAdvisor: placeholder until the module lands.
