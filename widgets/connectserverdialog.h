// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Plenipo {

// File > Connect to Server: the server's address (a postgresql:// URI or a libpq connection
// string such as service=coalition), with the servers connected to before, and the login to
// use when it is not in the address. No password field: libpq finds one (PGPASSWORD, ~/.pgpass,
// a service file) or the workbench asks when the server wants one, and nothing keeps it.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    QString address() const;
    QString user() const;

    // The servers connected to, newest first, as ServerAddress::display() writes them (never
    // with a password).
    static QStringList recentServers();
    static void rememberServer(const QString &display);

private:
    void check();

    QComboBox *m_address;
    QLineEdit *m_user;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Plenipo
