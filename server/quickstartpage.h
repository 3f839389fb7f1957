#pragma once

#include "domain.h"

#include <QByteArray>

namespace insights::server {

// The customer-side Quick Start page: plain, accessible HTML with no external assets and no
// script, one form post per consent, and M365 Login enforced first.
class QuickStartPage
{
public:
    static QByteArray render(const Service &service, const QString &token,
                             const QString &errorMessage);
};

} // namespace insights::server
