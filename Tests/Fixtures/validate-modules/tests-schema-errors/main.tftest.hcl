bogus {}

variables {
  name = "x"
  nested {}
}

variables {}

provider "terraform" {}

provider "terraform" {}

run "first" {
  command         = "plan"
  state_key       = var.key
  parallel        = "yes"
  skip_cleanup    = true
  retries         = 2
  expect_failures = terraform_data.app

  plan_options {
    mode    = "normal"
    refresh = "maybe"
    replace = [terraform_data.app, "terraform_data.app"]
    targte  = []
  }

  plan_options {}

  variables {
    a = 1
  }

  variables {}

  assert {
    condition = true
  }

  assert {
    error_message = "no condition"
  }

  outputs {}
}

run "first" {
  plan_options {
    mode    = refresh-only
    refresh = false
  }
}

run "1st" {
  module {
    source = "git::https://example.com/module.git"
  }
}

run "registry" {
  module {
    source  = "./local"
    version = "1.0.0"
  }
}

run "versioned" {
  module {
    source  = "hashicorp/consul/aws"
    version = "not a version"
  }
}

run "sourceless" {
  module {
    sauce = "./x"
  }
}

run {}
