module "elsewhere" {
  source = "../../shared/elsewhere"
}
