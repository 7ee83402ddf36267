# Configuration that `terraform console` runs in for the expression
# conformance corpus. No resources and no provider to install: console works
# without `terraform init`. The built-in "terraform" provider is declared only
# so that its functions (provider::terraform::...) can be called.

terraform {
  required_providers {
    terraform = {
      source = "terraform.io/builtin/terraform"
    }
  }
}

variable "name" {
  type    = string
  default = "world"
}

variable "count_in" {
  type    = number
  default = 3
}

variable "enabled" {
  type    = bool
  default = true
}

variable "tags" {
  type = map(string)
  default = {
    env  = "dev"
    team = "core"
  }
}

variable "zones" {
  type    = list(string)
  default = ["a", "b", "c"]
}

variable "ports" {
  type    = set(number)
  default = [443, 80, 8080]
}

variable "server" {
  type = object({
    host = string
    port = number
    tls  = optional(bool, false)
    tags = optional(list(string))
  })
  default = {
    host = "example.com"
    port = 8443
  }
}

variable "untyped" {
  default = {
    a = 1
    b = "two"
  }
}

variable "nullable_str" {
  type    = string
  default = null
}

variable "secret" {
  type      = string
  default   = "hunter2"
  sensitive = true
}

variable "secret_map" {
  type = map(string)
  default = {
    user = "admin"
    pass = "s3cr3t"
  }
  sensitive = true
}

# Variables without a default and without a value: the console evaluates
# them as unknown values, printed as (known after apply).
variable "unknown_str" {
  type = string
}

variable "unknown_num" {
  type = number
}

variable "unknown_bool" {
  type = bool
}

variable "unknown_list" {
  type = list(string)
}

variable "unknown_map" {
  type = map(number)
}

variable "unknown_obj" {
  type = object({
    name = string
    size = number
  })
}

variable "unknown_any" {
}

variable "unknown_nonnull" {
  type     = string
  nullable = false
}

locals {
  str       = "hello"
  empty_str = ""
  unicode   = "héllo wörld ✓ 日本語"
  multiline = "line one\nline two\n"
  num       = 42
  frac      = 3.25
  negative  = -7
  big       = 12345678901234567890
  truthy    = true
  nothing   = null

  list_str   = ["a", "b", "c"]
  list_num   = [3, 1, 2]
  list_mixed = ["a", 1, true]
  empty_list = []
  nested     = [[1, 2], [3], []]

  map_str = {
    b = "beta"
    a = "alpha"
    c = "gamma"
  }
  empty_map = {}

  obj = {
    name    = "app"
    port    = 8080
    enabled = true
    tags    = ["x", "y"]
    meta = {
      owner = "ops"
    }
  }

  objs = [
    { name = "one", size = 1, tags = ["a"] },
    { name = "two", size = 2, tags = ["b", "c"] },
    { name = "three", size = 3, tags = [] },
  ]

  objs_map = {
    x = { id = 1, kind = "alpha" }
    y = { id = 2, kind = "beta" }
    z = { id = 3, kind = "alpha" }
  }

  str_set = toset(["b", "a", "c", "a"])
  num_set = toset([10, 2, 33])

  secret_upper = upper(var.secret)
  with_secret = {
    public = "visible"
    hidden = sensitive("invisible")
  }

  tmpl_src = "Hello, $${name}!%%{ for x in items } [$${x}]%%{ endfor }"

  rsa_ciphertext = trimspace(file("${path.module}/files/rsa/ciphertext.b64"))
}
