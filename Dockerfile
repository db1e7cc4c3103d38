# syntax=docker/dockerfile:1
# Build: docker build -t presshelperbot .
# Run:   docker run -d --env-file .env -v presshelper-data:/data presshelperbot
# Dashboard (optional, Hangfire jobs at /hangfire, user admin): add
#   -p 127.0.0.1:8080:8080 -e DASHBOARD_PORT=8080 -e DASHBOARD_BIND=0.0.0.0 and DASHBOARD_PASSWORD in .env
# Inside the container it must listen on 0.0.0.0 to be reachable; publishing on 127.0.0.1 keeps it
# off the network (reach it through an SSH tunnel). It is plain HTTP: put a TLS proxy in front otherwise.
# Webhook mode (WEBHOOK_URL, WEBHOOK_SECRET in .env): the same port serves the webhook's path; publish it
# the same way and let the HTTPS reverse proxy on the host forward only that path (see README).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so the restore layer is reused while only code changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/PressHelperBot/PressHelperBot.csproj src/PressHelperBot/
COPY src/PressHelperBot.Domain/PressHelperBot.Domain.csproj src/PressHelperBot.Domain/
COPY src/Hangfire.LiteDbStorage/Hangfire.LiteDbStorage.csproj src/Hangfire.LiteDbStorage/
COPY src/DurableLiteDb/DurableLiteDb.csproj src/DurableLiteDb/
COPY src/PressHelperBot.StyleCheck/PressHelperBot.StyleCheck.csproj src/PressHelperBot.StyleCheck/
RUN dotnet restore src/PressHelperBot/PressHelperBot.csproj
COPY src/ src/
RUN dotnet publish src/PressHelperBot/PressHelperBot.csproj -c Release --no-restore -o /app /p:UseAppHost=false

# The host references Microsoft.AspNetCore.App, so the aspnet runtime image is the one that has it.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# TIME_ZONE names (the regulations span UTC+3 to UTC+10) are looked up in tzdata; the image's ICU
# already gives Russian sorting. Installing tzdata explicitly keeps that true if the base image slims down.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tzdata \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown app:app /data
ENV DATABASE_PATH=/data/presshelper.db \
    DOTNET_RUNNING_IN_CONTAINER=true
VOLUME ["/data"]
# The bot's web server (dashboard and webhook) when DASHBOARD_PORT=8080, as in the README.
EXPOSE 8080
# The "app" user (uid 1654) ships with the .NET 8+ images.
USER app
ENTRYPOINT ["dotnet", "PressHelperBot.dll"]
