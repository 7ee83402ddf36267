resource "terraform_data" "base" {
  input = "base"
}
data "terraform_remote_state" "unk" {
  backend = "local"
  config = { path = "${terraform_data.base.id}.tfstate" }
  defaults = { a = 1 }
}
data "terraform_remote_state" "dep" {
  backend = "local"
  config = { path = "x.tfstate" }
  depends_on = [terraform_data.base]
}
