// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectserverdialog.h"

#include "core/error.h"
#include "storage/serveraddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
const auto recentKey = u"server/recent"_s;
constexpr int recentCount = 10;
} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(u"connectServerDialog"_s);

    m_address->setObjectName(u"serverAddress"_s);
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->addItems(recentServers());
    m_address->lineEdit()->setPlaceholderText(
        tr("postgresql://host:5432/database?sslmode=verify-full"));
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 60);
    m_address->setToolTip(
        tr("A PostgreSQL connection URI, or libpq keywords such as service=coalition (from "
           "pg_service.conf) or host=... dbname=... user=..."));
    m_user->setObjectName(u"serverUser"_s);
    m_user->setPlaceholderText(tr("as in the address"));

    auto *help = new QLabel(
        tr("Plenipo never stores a password. It uses the one libpq finds (PGPASSWORD, ~/.pgpass, "
           "a service file) or asks for it when the server wants one. The server decides what "
           "your login may read: another delegation's internal material never reaches you."),
        this);
    help->setWordWrap(true);
    m_problem->setObjectName(u"serverProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (m_problem->isHidden())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::editTextChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        m_problem->hide();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_address);
    form->addRow(tr("&User:"), m_user);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!address().isEmpty());
}

QString ConnectServerDialog::address() const
{
    return m_address->currentText().trimmed();
}

QString ConnectServerDialog::user() const
{
    return m_user->text().trimmed();
}

void ConnectServerDialog::check()
{
    try {
        (void)ServerAddress::parse(address());
        m_problem->hide();
    } catch (const Error &e) {
        m_problem->setText(e.message());
        m_problem->show();
    }
}

QStringList ConnectServerDialog::recentServers()
{
    return QSettings().value(recentKey).toStringList();
}

void ConnectServerDialog::rememberServer(const QString &display)
{
    QStringList recent = recentServers();
    recent.removeAll(display);
    recent.prepend(display);
    while (recent.size() > recentCount)
        recent.removeLast();
    QSettings settings;
    settings.setValue(recentKey, recent);
}

} // namespace Plenipo
