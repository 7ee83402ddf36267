locals {
  broken = 
}
