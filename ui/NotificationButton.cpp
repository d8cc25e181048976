#include "NotificationButton.h"

#include "items/DateText.h"
#include "jobs/JobRunner.h"
#include "services/NotificationService.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

namespace {

struct Loaded
{
    QList<Notification> latest;
    QList<Notification> unshown;
    int unread = 0;
    QString error;
};

constexpr int idRole = Qt::UserRole + 1;
constexpr int unreadRole = Qt::UserRole + 2;

} // namespace

NotificationButton::NotificationButton(ConsoleContext context, QWidget *parent)
    : QToolButton(parent)
    , m_ctx(std::move(context))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_writes(new JobRunner(m_ctx.database, this))
    , m_popup(new QFrame(this, Qt::Popup))
    , m_listWidget(new QListWidget(m_popup))
    , m_empty(new QLabel(tr("No notifications. PineDesk tells you here when accesses are about "
                            "to end, changes fail on TradingView or payments need you."),
                         m_popup))
{
    setObjectName(u"notificationButton"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(QIcon::fromTheme(u"preferences-desktop-notification"_s,
                             style()->standardIcon(QStyle::SP_MessageBoxInformation)));
    setAccessibleName(tr("Notifications"));
    connect(this, &QToolButton::clicked, this, &NotificationButton::showList);

    m_popup->setObjectName(u"notificationPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->resize(420, 380);
    auto *layout = new QVBoxLayout(m_popup);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(tr("Notifications")), m_popup);
    auto *markAll = new QPushButton(tr("Mark all &read"), m_popup);
    markAll->setObjectName(u"markAllReadButton"_s);
    header->addWidget(title, 1);
    header->addWidget(markAll);
    layout->addLayout(header);
    m_listWidget->setObjectName(u"notificationList"_s);
    m_listWidget->setWordWrap(true);
    m_listWidget->setAlternatingRowColors(true);
    m_listWidget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_listWidget->setAccessibleName(tr("Notifications"));
    layout->addWidget(m_listWidget, 1);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);
    connect(markAll, &QPushButton::clicked, this, &NotificationButton::markAllRead);
    connect(m_listWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { open(item->data(idRole).toLongLong()); });
    connect(m_listWidget, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { open(item->data(idRole).toLongLong()); });

    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &NotificationButton::refresh);
    m_timer.start();
    fill();
    refresh();
}

void NotificationButton::refresh()
{
    m_jobs->run<Loaded>(
        [services = m_ctx.services()](JobControl &) {
            Loaded loaded;
            const auto overview = NotificationService(services).overview(100, 20);
            if (!overview) {
                loaded.error = overview.error().message();
                return loaded;
            }
            loaded.latest = overview->latest;
            loaded.unshown = overview->unshown;
            loaded.unread = overview->unread;
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.error.isEmpty()) {
                setToolTip(tr("The notifications could not be read: %1").arg(loaded.error));
                return;
            }
            m_list = loaded.latest;
            m_unread = loaded.unread;
            fill();
            if (!loaded.unshown.isEmpty()) {
                // Handed to the desktop once.
                QList<qint64> ids;
                for (const Notification &n : loaded.unshown)
                    ids.append(n.id);
                write([ids](NotificationService service) { return service.markShown(ids); }, false);
                Q_EMIT arrived(loaded.unshown);
            }
            Q_EMIT refreshed();
        });
}

void NotificationButton::fill()
{
    setText(m_unread > 0 ? tr("%n unread", nullptr, m_unread) : QString());
    setToolTip(m_unread > 0 ? tr("%n unread notification(s)", nullptr, m_unread)
                            : tr("Notifications"));
    m_listWidget->clear();
    const int width = m_listWidget->viewport()->width() - 4;
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    for (const Notification &n : m_list) {
        // Each entry: the title (bold with a dot while unread), what it says, when.
        auto *item = new QListWidgetItem(m_listWidget);
        item->setData(idRole, n.id);
        item->setData(unreadRole, !n.readAt);
        item->setData(Qt::AccessibleTextRole,
                      u"%1. %2 %3"_s.arg(n.title(), n.text(), DateText::minutes(n.createdAt)));
        item->setToolTip(n.readAt ? tr("Read") : tr("Unread"));
        const QString title = n.title().toHtmlEscaped();
        auto *label = new QLabel(u"%1<br>%2<br><span style=\"color:%3\">%4</span>"_s.arg(
                                     n.readAt ? title : u"<b>● %1</b>"_s.arg(title),
                                     n.text().toHtmlEscaped(), dim, DateText::minutes(n.createdAt)),
                                 m_listWidget);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(6, 4, 6, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents); // a click opens the entry
        item->setSizeHint(QSize(width, label->heightForWidth(width)));
        m_listWidget->setItemWidget(item, label);
    }
    m_listWidget->setVisible(!m_list.isEmpty());
    m_empty->setVisible(m_list.isEmpty());
}

void NotificationButton::showList()
{
    // Above the bell, its right edge on the bell's, kept on the screen.
    QPoint at = mapToGlobal(QPoint(width() - m_popup->width(), -m_popup->height()));
    at.setX(std::max(0, at.x()));
    at.setY(std::max(0, at.y()));
    m_popup->move(at);
    m_popup->show();
    fill(); // the entries wrap to the width the list has now
    m_listWidget->setFocus();
}

void NotificationButton::open(qint64 id)
{
    const auto found = std::find_if(m_list.cbegin(), m_list.cend(),
                                    [id](const Notification &n) { return n.id == id; });
    if (found == m_list.cend())
        return;
    const QString target = found->target;
    m_popup->hide();
    write([id](NotificationService service) { return service.markRead(id); }, true);
    Q_EMIT openRequested(target);
}

void NotificationButton::markAllRead()
{
    write([](NotificationService service) { return service.markAllRead(); }, true);
}

void NotificationButton::write(std::function<Status(NotificationService)> change, bool thenRefresh)
{
    m_writes->run<QString>(
        [services = m_ctx.services(), change](JobControl &) {
            const Status s = change(NotificationService(services));
            return s ? QString() : s.error().message();
        },
        [this, thenRefresh](const QString &error) {
            if (!error.isEmpty())
                setToolTip(error);
            if (thenRefresh)
                refresh();
        });
}

} // namespace pinedesk
