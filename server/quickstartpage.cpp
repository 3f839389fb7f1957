#include "quickstartpage.h"

#include "language.h"
#include "lifecycle.h"

namespace insights::server {

namespace {

// What each consent lets the service do, in the customer administrator's terms.
QString consentPurpose(const QString &id)
{
    if (id == QLatin1String("m365-login"))
        return QuickStartPage::tr("Sign in with your Microsoft 365 administrator account.");
    if (id == QLatin1String("read-directory"))
        return QuickStartPage::tr(
            "Lets the service read users and groups, to know whom to record.");
    if (id == QLatin1String("recording-calls"))
        return QuickStartPage::tr("Lets the recording bot join Microsoft Teams calls.");
    if (id == QLatin1String("redundant-recording-calls"))
        return QuickStartPage::tr("Lets the paired bot make the second recording kept in the "
                                  "paired region (Pro).");
    return {};
}

} // namespace

QByteArray QuickStartPage::render(const Service &s, const QString &token,
                                  const QString &errorMessage)
{
    const QString tenant = s.settings.tenant.name.toHtmlEscaped();
    bool loginGranted = false;
    int granted = 0;
    for (const ConsentState &c : s.consents) {
        loginGranted = loginGranted || (c.id == Lifecycle::firstConsentId() && c.granted);
        granted += c.granted ? 1 : 0;
    }
    const bool ready = s.deploymentStatus == DeploymentStatus::Ready;
    const bool suspended = s.deploymentStatus == DeploymentStatus::Suspended;

    QString html;
    html +=
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"robots\" content=\"noindex\">\n"
            "<title>%1</title>\n<style>\n"
            "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:44rem;"
            "margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}\n"
            "h1{font-size:1.6rem;margin-bottom:.25rem}\n"
            ".lead{color:#444;margin-top:0}\n"
            "ol{padding:0;list-style:none;counter-reset:step}\n"
            "li{border:1px solid #c8c8c8;border-radius:8px;padding:1rem;margin:.75rem 0;"
            "display:flex;align-items:center;justify-content:space-between;gap:1rem}\n"
            "li.done{border-color:#2e7d32;background:#f1f8f1}\n"
            ".name{font-weight:600}\n.purpose{font-size:.95rem;color:#333}\n"
            ".state{font-size:.9rem;color:#555}\n"
            ".done .state{color:#2e7d32}\n"
            "button{font:inherit;padding:.5rem 1.1rem;border-radius:6px;border:1px solid #0b57d0;"
            "background:#0b57d0;color:#fff;cursor:pointer}\n"
            "button:disabled{background:#e3e3e3;border-color:#bdbdbd;color:#6b6b6b;cursor:default}"
            "\n"
            "button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}\n"
            ".error{border:1px solid #b3261e;background:#fdecea;color:#8c1d18;padding:.75rem 1rem;"
            "border-radius:6px}\n"
            ".ready{border:1px solid #2e7d32;background:#f1f8f1;padding:.75rem 1rem;"
            "border-radius:6px}\n"
            "</style>\n</head>\n<body>\n<main>\n")
            .arg(tr("Quick Start: %1").arg(tenant), Language::current());
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"lead\">%2</p>\n")
                .arg(tr("Interaction Recording: Quick Start"),
                     tr("Tenant <strong>%1</strong> · %2 · %3 of %4 consents granted")
                         .arg(tenant, s.licenseType().toHtmlEscaped())
                         .arg(granted)
                         .arg(s.consents.size()));
    if (!errorMessage.isEmpty())
        html += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>\n")
                    .arg(errorMessage.toHtmlEscaped());
    if (suspended)
        html += QStringLiteral("<p class=\"error\" role=\"status\">%1</p>\n")
                    .arg(tr("Your service provider has suspended recording for this tenant. "
                            "Consents can be granted again once it is reactivated."));
    else if (ready)
        html += QStringLiteral("<p class=\"ready\" role=\"status\">%1</p>\n")
                    .arg(tr("All consents are granted. Recording is ready for this tenant."));
    else if (!loginGranted)
        html +=
            QStringLiteral("<p>%1</p>\n")
                .arg(tr(
                    "As the tenant's Microsoft 365 administrator, grant each consent below, in "
                    "order. Start with <strong>M365 Login</strong>; the others unlock after it."));
    else
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(tr("Grant the remaining consents. Recording starts once all of them are "
                            "granted."));
    html += QStringLiteral("<ol aria-label=\"%1\">\n").arg(tr("Consents"));
    for (const ConsentState &c : s.consents) {
        const bool waiting = !c.granted && c.id != Lifecycle::firstConsentId() && !loginGranted;
        const bool locked = waiting || suspended;
        const QString id = c.id.toHtmlEscaped();
        html += QStringLiteral("<li%1>\n<div><div class=\"name\" id=\"c-%2\">%3</div>"
                               "<div class=\"purpose\">%4</div>"
                               "<div class=\"state\">%5</div></div>\n")
                    .arg(c.granted ? QStringLiteral(" class=\"done\"") : QString(), id,
                         c.name.toHtmlEscaped(), consentPurpose(c.id).toHtmlEscaped(),
                         c.granted   ? tr("✓ Granted")
                         : suspended ? tr("Suspended")
                         : waiting   ? tr("Waiting for M365 Login")
                                     : tr("Not granted yet"));
        if (!c.granted)
            html += QStringLiteral("<form method=\"post\" action=\"/quickstart/%1/consents/%2\">"
                                   "<button type=\"submit\" aria-describedby=\"c-%2\"%3>"
                                   "%4</button></form>\n")
                        .arg(token.toHtmlEscaped(), id,
                             locked ? QStringLiteral(" disabled") : QString(), tr("Grant"));
        html += QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ol>\n</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace insights::server
