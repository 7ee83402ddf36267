variable "name" {
  type = string

  validation {
    condition     = length(var.name) > 0
    error_message = "The name must not be empty."
  }
}

module "store" {
  source = "./modules/store"
  name   = var.name
}

resource "terraform_data" "app" {
  input = var.name
}

data "terraform_remote_state" "shared" {
  backend = "local"
}

check "health" {
  assert {
    condition     = terraform_data.app.output != null
    error_message = "No output."
  }
}

output "id" {
  value = terraform_data.app.id
}
