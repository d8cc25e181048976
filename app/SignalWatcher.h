#pragma once

#include <QObject>

class QSocketNotifier;

namespace pinedesk {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so a headless server can save its
// state and quit from the event loop instead of dying mid-write.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pinedesk
