resource "terraform_data" "single" {
  input = "hello"
}

resource "terraform_data" "counted" {
  count = 2
  input = { index = count.index, tags = ["a", "b"] }
}

resource "terraform_data" "each" {
  for_each = toset(["x", "y"])
  input    = each.key
  triggers_replace = [terraform_data.single.output]
}

resource "terraform_data" "secret" {
  input = { password = sensitive("x"), user = "admin", big = 12345678901234567890, frac = 0.1, html = "<a&b>" }
}

module "child" {
  source = "./mod"
  value  = "from root"
}

output "plain" {
  value = terraform_data.single.output
}

output "hidden" {
  value     = terraform_data.secret.output.password
  sensitive = true
}

output "listy" {
  value = [for c in terraform_data.counted : c.id]
}

output "obj" {
  value = { a = 1, b = true }
}

resource "terraform_data" "indexed" {
  input = { list = ["a", sensitive("b")], map = tomap({ k = sensitive("v"), j = "w" }) }
}
