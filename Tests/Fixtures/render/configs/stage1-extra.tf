resource "terraform_data" "cbd" {
  input            = "keep"
  triggers_replace = "v1"
  lifecycle {
    create_before_destroy = true
  }
}
