"""newsbrief's Slack bot: Bolt app, safe link fetching, Block Kit formatting."""
