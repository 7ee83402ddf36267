test {
  parallel = true
}

variables {
  name = "default"
}

provider "terraform" {
  alias = "second"
}

mock_provider "terraform" {
  alias           = "mocked"
  override_during = plan

  mock_resource "terraform_data" {
    defaults = {
      id = "mocked"
    }
  }

  override_resource {
    target = terraform_data.app
    values = {
      id = "overridden"
    }
  }
}

override_data {
  target = data.terraform_remote_state.shared
  values = {
    outputs = {}
  }
}

override_module {
  target  = module.store
  outputs = {}
}

run "setup" {
  module {
    source = "./setup"
  }

  variables {
    prefix = "x"
  }

  override_resource {
    target          = terraform_data.seed
    override_during = apply
  }
}

run "plan" {
  command   = plan
  state_key = "planning"
  parallel  = false

  providers = {
    terraform = terraform.mocked
  }

  plan_options {
    mode    = normal
    refresh = true
    replace = [terraform_data.app]
    target  = [terraform_data.app, module.store]
  }

  variables {
    name = run.setup.prefix
  }

  assert {
    condition     = terraform_data.app.input == run.setup.prefix
    error_message = "The input is not the prefix."
  }
}

run "failures" {
  command = apply

  variables {
    name = ""
  }

  expect_failures = [
    var.name,
    output.id,
    check.health,
    terraform_data.app,
    terraform_data.app[0],
    data.terraform_remote_state.shared,
  ]
}

run "refresh" {
  plan_options {
    mode = refresh-only
  }
}
