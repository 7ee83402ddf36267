module "sub" {
  source = "./sub"
}

output "id" {
  value = module.sub.name
}
