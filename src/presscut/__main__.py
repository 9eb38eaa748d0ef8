from presscut.cli import main

main()
