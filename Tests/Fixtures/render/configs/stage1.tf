resource "terraform_data" "base" {
  input = "base"
}

resource "terraform_data" "kinds" {
  input = {
    str     = "hello"
    num     = 42
    frac    = 3.5
    flag    = true
    nothing = null
    list    = ["a", "b", "c"]
    empty   = []
    map     = { x = 1, y = 2 }
    nested  = { inner = { deep = "yes", n = [1, 2] } }
    text    = "line one\nline two\n"
  }
}

resource "terraform_data" "secret" {
  input            = sensitive("hunter2")
  triggers_replace = ["a", sensitive("b")]
}

resource "terraform_data" "unknown" {
  input = terraform_data.base.output
}

resource "terraform_data" "counted" {
  count = 3
  input = "item-${count.index}"
}

resource "terraform_data" "each" {
  for_each = { a = "alpha", b = "beta" }
  input    = each.value
}

resource "terraform_data" "nullin" {
  input = null
}

output "plain" {
  value = "hello"
}

output "number" {
  value = 42
}

output "listed" {
  value = ["x", "y"]
}

output "mapped" {
  value = { k = "v", n = 1 }
}

output "secret" {
  value     = sensitive("s3cret")
  sensitive = true
}

output "later" {
  value = terraform_data.base.output
}

output "multiline" {
  value = "a\nb\n"
}
