resource "terraform_data" "base" {
  input = "base2"
}

resource "terraform_data" "kinds" {
  input = {
    str     = "goodbye"
    num     = 42
    frac    = 3.5
    flag    = false
    nothing = "now set"
    list    = ["a", "c", "d"]
    empty   = []
    map     = { x = 1, z = 3 }
    nested  = { inner = { deep = "yes", n = [1, 2] } }
    text    = "line one\nline 2\nline three\n"
    extra   = null
  }
}

resource "terraform_data" "secret" {
  input            = sensitive("hunter3")
  triggers_replace = ["a", sensitive("c")]
}

resource "terraform_data" "unknown" {
  input = terraform_data.base.output
}

resource "terraform_data" "counted" {
  count = 2
  input = "item-${count.index}"
}

resource "terraform_data" "each" {
  for_each = { a = "alpha" }
  input    = each.value
}

resource "terraform_data" "fresh" {
  input = [1, 2]
}

output "plain" {
  value = "hello again"
}

output "listed" {
  value = ["x", "z"]
}

output "mapped" {
  value = { k = "v", n = 1 }
}

output "secret" {
  value     = sensitive("s3cret2")
  sensitive = true
}

output "later" {
  value = terraform_data.base.output
}

output "multiline" {
  value = "a\nb\n"
}

output "added" {
  value = true
}
