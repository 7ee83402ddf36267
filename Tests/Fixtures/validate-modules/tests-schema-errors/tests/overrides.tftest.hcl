override_resource {
  target = terraform_data.app
}

override_resource {
  target = terraform_data.app
}

override_data {
  target = terraform_data.app
}

override_module {
  target          = module.missing[0]
  override_during = "plan"
}

override_resource {
  values = {}
}

override_resource {
  target = "terraform_data.app"
}

override_resource {
  target = terraform_data.app[0].id
}

mock_provider "terraform" {
  aliaz           = "m"
  override_during = later

  mock_resource "terraform_data" {
    defaultz = {}
  }

  mock_resource "terraform_data" {}

  mock_data {}

  override_module {
    target = module.x
  }
}

run "ok" {
  providers = {
    terraform = terraform
    terraform = terraform
  }
}
