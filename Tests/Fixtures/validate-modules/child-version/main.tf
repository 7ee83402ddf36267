terraform {
  required_version = ">= 1.5.0"
}

module "legacy" {
  source = "./modules/legacy"
}

module "legacy_copies" {
  count  = 2
  source = "./modules/legacy"
}

output "not_evaluated" {
  value = local.missing
}
