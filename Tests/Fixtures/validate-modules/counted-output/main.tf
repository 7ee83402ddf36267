module "counted" {
  count  = 2
  source = "./modules/thing"
}

module "each" {
  for_each = { a = 1 }
  source   = "./modules/thing"
}

module "single" {
  source = "./modules/thing"
}

output "list_attribute" {
  value = module.counted.id
}

output "instance_attribute" {
  value = module.counted[0].id
}

output "instance_undeclared" {
  value = module.counted[0].nope
}

output "string_index" {
  value = module.counted["a"]
}

output "splat" {
  value = module.counted[*].id
}

output "map_lookup" {
  value = module.each.id
}

output "map_instance_undeclared" {
  value = module.each["a"].nope
}

output "single_index" {
  value = module.single[0].id
}

output "length" {
  value = length(module.counted)
}
