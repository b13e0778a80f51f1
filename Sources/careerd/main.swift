print("careerd")
