override_resource {
  target = terraform_data.app
}

override_resource {
  target = terraform_data.seed
}

override_resource {
  target = module.child.terraform_data.inner
}

override_resource {
  target = module.child.terraform_data.gone
}

override_module {
  target = module.gone
}

override_data {
  target = data.terraform_remote_state.none
}

mock_provider "terraform" {
  override_resource {
    target = terraform_data.mocked_away
  }
}

run "setup" {
  module {
    source = "./setup"
  }

  override_resource {
    target = terraform_data.seed
  }

  override_resource {
    target = terraform_data.app
  }
}

run "again" {
  module {
    source = "./setup"
  }
}

run "main" {
  override_resource {
    target = terraform_data.seed
  }

  expect_failures = [
    var.anything,
    output.broken,
    check.anything,
    terraform_data.app,
    data.terraform_remote_state.none,
    local.value,
    module.child,
    module.child.out,
    run.setup,
    path.module,
    count.index,
    each.key,
    self,
    terraform.workspace,
    output,
    var,
    data.only,
    "terraform_data.app",
  ]
}
