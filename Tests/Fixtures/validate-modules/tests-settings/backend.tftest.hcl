

run "first" {
  backend "local" {
    path = "state/terraform.tfstate"
  }
}

run "planned" {
  command = plan

  backend "local" {}
}

run "twice" {
  state_key = "other"

  backend "local" {}
  backend "local" {}
}

run "shared" {
  state_key = "other"

  backend "local" {}
}

run "unnamed" {
  backend {}
}
