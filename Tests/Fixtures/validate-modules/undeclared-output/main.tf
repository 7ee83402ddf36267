module "net" {
  source = "./modules/net"
}

output "id" {
  value = module.net.id
}

output "vpc" {
  value = module.net.vpc_id
}

output "by_key" {
  value = module.net["id"]
}

output "whole" {
  value = module.net
}

output "other" {
  value = module.nets.id
}
