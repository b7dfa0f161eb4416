from wagtail import hooks

from home.seed import seed_home

hooks.register("seed_demo_content", seed_home, order=0)
