module "broken" {
  source = "./modules/broken"
}

module "schema" {
  source = "./modules/schema"
}

module "fine" {
  source = "./modules/fine"
}

output "unchecked" {
  value = module.fine.nope
}
