variable "environment" {
  type    = string
  default = "dev"
}

module "network" {
  count  = 2
  source = "./modules/network"

  name = "net-${count.index}"
  cidr = "10.${count.index}.0.0/16"
}

module "app" {
  for_each = toset(["api", "web"])
  source   = "./modules/app"

  name       = each.key
  network_id = module.network[0].id
  subnets    = module.network[0].subnet_ids
}

output "network_ids" {
  value = module.network[*].id
}

output "api_endpoint" {
  value = module.app["api"].endpoint
}

output "app_names" {
  value = [for app in module.app : app.name]
}

output "password" {
  value     = module.app["web"].password
  sensitive = true
}
