#pragma once

#include "domain.h"

#include <QByteArray>
#include <QCoreApplication>

namespace insights::server {

// The customer-side Quick Start page: plain, accessible HTML with no external assets and no
// script, one form post per consent, and M365 Login enforced first.
class QuickStartPage
{
    Q_DECLARE_TR_FUNCTIONS(QuickStartPage)

public:
    // In the language installed for the request (Accept-Language), which <html lang> names.
    static QByteArray render(const Service &service, const QString &token,
                             const QString &errorMessage);
};

} // namespace insights::server
