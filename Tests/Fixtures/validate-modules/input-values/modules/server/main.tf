variable "port" {
  type = number

  validation {
    condition     = var.port >= 1024
    error_message = "The port must be 1024 or above, not ${var.port}."
  }
}

variable "name" {
  type     = string
  nullable = false

  validation {
    condition     = length(var.name) > 2
    error_message = "The name \"${var.name}\" is too short."
  }
}

variable "zone" {
  type     = string
  nullable = false
  default  = "z"

  validation {
    condition     = contains(["a", "b", "z"], var.zone)
    error_message = "Unknown zone."
  }
}

variable "replicas" {
  type = number

  validation {
    condition     = var.replicas == null ? null : var.replicas <= 10
    error_message = "At most ten replicas."
  }
  validation {
    condition     = var.replicas
    error_message = "Replicas must be a number."
  }
}

output "port" {
  value = var.port + "x"
}
