module "child" {
  source = "./modules/child"
}

resource "terraform_data" "app" {}

output "broken" {
  value = local.nope
}
