from appeal_kit.cli import main

main()
