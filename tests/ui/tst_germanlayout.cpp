// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "core/models/accountfiltermodel.h"
#include "core/models/accounttablemodel.h"
#include "tests/testkit/consolefixture.h"
#include "ui/accounts/accountspage.h"
#include "ui/accounts/accountsview.h"
#include "ui/detail/detailpane.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// The console in German at its default size (1280 x 780): German labels and long German
// dates are wider than the English ones, and the detail pane must still show each label and
// its whole value on one row, nothing clipped or squeezed.
class TestGermanLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theDetailPaneKeepsEachLabelAndItsValueOnOneRow();

private:
    QTranslator m_translator;
    QLocale m_previousLocale;
};

void TestGermanLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The file the console embeds under :/i18n, as LANGUAGE=de loads it.
    QVERIFY(m_translator.load(u"avara-console_de"_s, QStringLiteral(AVARA_TRANSLATIONS_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestGermanLayout::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestGermanLayout::theDetailPaneKeepsEachLabelAndItsValueOnOneRow()
{
    ConsoleFixture::Options options;
    options.sandbox.customers = 30;
    options.sandbox.organizations = 5;
    options.width = 1280;
    options.height = 780;
    ConsoleFixture console(options);
    QVERIFY2(console.start(), qPrintable(console.failure()));
    AccountsPage *page = console.page(AccountKind::ExpressCustomer);
    page->tableModel()->publishPendingRows();
    page->view()->setCurrentIndex(page->filterModel()->index(0, AccountTableModel::NameColumn));
    // The default columns fit the table at 1280 px in German too: no horizontal scrolling.
    AccountsView *view = page->view();
    QVERIFY2(view->horizontalHeader()->length() <= view->viewport()->width(),
        qPrintable(u"the columns take %1 px of a %2 px view"_s.arg(view->horizontalHeader()->length())
                       .arg(view->viewport()->width())));
    DetailPane *pane = page->detailPane();
    QVERIFY(pane->account());
    // German, or the check means nothing.
    QVERIFY2(QStringList({ u"Deaktivieren\u2026"_s, u"Reaktivieren"_s }).contains(pane->toggleButton()->text()),
        qPrintable(pane->toggleButton()->text()));
    QApplication::processEvents();

    auto *form = pane->findChild<QFormLayout *>();
    QVERIFY(form);
    QWidget *window = console.window();
    int rowsChecked = 0;
    int previousBottom = -1;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        if (!labelItem || !fieldItem)
            continue;
        auto *label = qobject_cast<QLabel *>(labelItem->widget());
        QVERIFY(label);
        const QRect labelRect = labelItem->geometry();
        const QRect fieldRect = fieldItem->geometry();
        const QString what = label->text();
        // The label: one line, beside its value (their tops within a line of each other).
        QVERIFY2(labelRect.height() < 2 * label->fontMetrics().lineSpacing(), qPrintable(what));
        QVERIFY2(qAbs(labelRect.top() - fieldRect.top()) < label->fontMetrics().lineSpacing(), qPrintable(what));
        QVERIFY2(labelRect.top() >= previousBottom, qPrintable(what + u": overlaps the row above"_s));
        previousBottom = qMax(labelRect.bottom(), fieldRect.bottom());
        // The value: all of it, neither clipped below nor squeezed narrower than its text.
        const QList<QWidget *> values = fieldItem->widget()
            ? QList<QWidget *> { fieldItem->widget() }
            : fieldItem->layout()->parentWidget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
        for (QWidget *value : values) {
            if (!value->isVisible() || !fieldRect.intersects(value->geometry()))
                continue;
            auto *valueLabel = qobject_cast<QLabel *>(value);
            if (valueLabel && valueLabel->wordWrap())
                QVERIFY2(value->height() >= value->heightForWidth(value->width()),
                    qPrintable(u"%1 %2: %3 px high, needs %4"_s.arg(what, valueLabel->text())
                                   .arg(value->height())
                                   .arg(value->heightForWidth(value->width()))));
            if (auto *button = qobject_cast<QPushButton *>(value))
                QVERIFY2(button->width() >= button->sizeHint().width(),
                    qPrintable(u"%1 %2: %3 px wide, needs %4"_s.arg(what, button->text())
                                   .arg(button->width())
                                   .arg(button->sizeHint().width())));
            QVERIFY2(value->mapTo(window, QPoint(value->width(), 0)).x()
                    <= pane->mapTo(window, QPoint(pane->width(), 0)).x(),
                qPrintable(u"%1 %2 (%3): runs out of the pane, to %4 of %5"_s
                               .arg(what, value->objectName(), QString::fromLatin1(value->metaObject()->className()))
                               .arg(value->mapTo(window, QPoint(value->width(), 0)).x())
                               .arg(pane->mapTo(window, QPoint(pane->width(), 0)).x())));
        }
        ++rowsChecked;
    }
    QVERIFY(rowsChecked >= 6);
}

QTEST_MAIN(TestGermanLayout)
#include "tst_germanlayout.moc"
