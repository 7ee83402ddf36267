module "bad_count" {
  count  = local.missing
  source = "./modules/child"
  label  = "a"
}

module "bad_input" {
  source = "./modules/child"
  label  = upper(local.also_missing)
}

module "depends" {
  source     = "./modules/child"
  label      = "c"
  depends_on = [module.bad_input]
}

module "bad_for_each" {
  for_each = ["x"]
  source   = "./modules/child"
  label    = each.key
}
