print("career")
