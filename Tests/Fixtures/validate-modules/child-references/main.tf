module "blue" {
  source = "./modules/service"
  name   = "blue"
}

module "green" {
  source = "./modules/service"
  name   = "green"
}

output "blue_url" {
  value = module.blue.url
}

output "blue_missing" {
  value = module.blue.missing
}

output "green_path" {
  value = module.green.path
}
