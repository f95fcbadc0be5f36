source "https://f073ff80:b9465aef@gems.contribsys.com/" do
  gem "sidekiq-pro"
end
