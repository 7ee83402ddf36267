resource "terraform_data" "cbd" {
  input            = "keep"
  triggers_replace = "v2"
  lifecycle {
    create_before_destroy = true
  }
}
