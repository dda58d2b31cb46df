// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/services/environment.h"
#include "core/services/savedviews.h"

using namespace Qt::StringLiterals;

namespace
{
SavedView euEnterprise()
{
    SavedView view;
    view.name = u"EU enterprise"_s;
    view.kind = AccountKind::ExpressCustomer;
    view.expression = u"meta.region=EU users>10 created<90d"_s;
    view.status = AccountFilter::Status::Active;
    view.sortColumn = u"users"_s;
    view.sortOrder = Qt::DescendingOrder;
    view.columns = { u"status"_s, u"name"_s, u"users"_s, u"metadata"_s };
    return view;
}

QByteArray fileWith(const QJsonArray &views)
{
    return QJsonDocument(
        QJsonObject { { u"format"_s, u"avara-console-views"_s }, { u"version"_s, 1 }, { u"views"_s, views } })
        .toJson();
}
} // namespace

class SavedViewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
    }

    void survivesARestart()
    {
        {
            SavedViews views(u"Staging"_s, ini());
            QSignalSpy changed(&views, &SavedViews::changed);
            QVERIFY(views.save(euEnterprise()));
            QCOMPARE(changed.size(), 1);
        }
        const SavedViews again(u"Staging"_s, ini());
        QCOMPARE(again.views().size(), 1);
        QCOMPARE(again.views().first(), euEnterprise());
    }

    void keepsEachProfileApart()
    {
        SavedViews staging(u"Staging"_s, ini());
        QVERIFY(staging.save(euEnterprise()));
        // A '/' in a profile name is not a settings group.
        const SavedViews other(u"Staging/EU"_s, ini());
        QVERIFY(other.views().isEmpty());
        const SavedViews production(u"Production"_s, ini());
        QVERIFY(production.views().isEmpty());
    }

    void savingUnderATakenNameReplaces()
    {
        SavedViews views(u"Staging"_s, ini());
        QVERIFY(views.save(euEnterprise()));
        SavedView changed = euEnterprise();
        changed.name = u"eu ENTERPRISE"_s;
        changed.expression = u"meta.region=EU"_s;
        QVERIFY(views.save(changed));
        QCOMPARE(views.views().size(), 1);
        QCOMPARE(views.view(u"EU Enterprise"_s)->expression, u"meta.region=EU"_s);
    }

    void renamesAndRemoves()
    {
        SavedViews views(u"Staging"_s, ini());
        QVERIFY(views.save(euEnterprise()));
        SavedView second = euEnterprise();
        second.name = u"Inactive"_s;
        QVERIFY(views.save(second));

        QString error;
        QVERIFY(!views.rename(u"EU enterprise"_s, u"inactive"_s, &error));
        QVERIFY2(error.contains(u"already"_s), qPrintable(error));
        QVERIFY(!views.rename(u"EU enterprise"_s, u"  "_s, &error));
        QVERIFY(!views.rename(u"Nothing"_s, u"Else"_s, &error));
        QVERIFY(views.rename(u"EU enterprise"_s, u"EU big"_s));
        QVERIFY(views.rename(u"EU big"_s, u"EU Big"_s)); // only the case changes
        QCOMPARE(views.views().first().name, u"EU Big"_s);

        QVERIFY(views.remove(u"eu big"_s));
        QVERIFY(!views.remove(u"eu big"_s));
        const SavedViews again(u"Staging"_s, ini());
        QCOMPARE(again.views().size(), 1);
        QCOMPARE(again.views().first().name, u"Inactive"_s);
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("padded") << u" EU"_s;
        QTest::newRow("too long") << QString(SavedViews::maxNameLength + 1, u'x');
        QTest::newRow("newline") << u"EU\nenterprise"_s;
        QTest::newRow("bidi override") << u"EU\u202Eesirpretne"_s;
    }
    void refusesBadNames()
    {
        QFETCH(QString, name);
        SavedViews views(u"Staging"_s, ini());
        SavedView view = euEnterprise();
        view.name = name;
        QString error;
        QVERIFY(!views.save(view, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(views.views().isEmpty());
    }

    void exportsAndImports()
    {
        SavedViews mine(u"Staging"_s, ini());
        QVERIFY(mine.save(euEnterprise()));
        SavedView orgs;
        orgs.name = u"Orgs without contract"_s;
        orgs.kind = AccountKind::Organization;
        orgs.expression = u"meta.contractId:missing"_s;
        orgs.columns = { u"name"_s, u"id"_s };
        QVERIFY(mine.save(orgs));

        const QByteArray file = mine.exportJson();
        SavedViews theirs(u"Production"_s, ini());
        SavedView theirOwn = euEnterprise();
        theirOwn.expression = u"old"_s;
        QVERIFY(theirs.save(theirOwn));
        QCOMPARE(theirs.importJson(file), 2);
        QCOMPARE(theirs.views(), mine.views());

        const QByteArray one = mine.exportJson({ u"orgs without contract"_s });
        SavedViews third(u"Other"_s, ini());
        QCOMPARE(third.importJson(one), 1);
        QCOMPARE(third.views().first(), orgs);
    }

    void refusesABadFileWhole_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        QJsonObject good = euEnterprise().toJson();
        QTest::newRow("not json") << "{views:"_ba << u"not JSON"_s;
        QTest::newRow("array") << "[]"_ba << u"not JSON"_s;
        QTest::newRow("other format") << R"({"format":"x","version":1,"views":[]})"_ba << u"format"_s;
        QTest::newRow("newer version") << R"({"format":"avara-console-views","version":2,"views":[]})"_ba
                                       << u"version 2"_s;
        QJsonObject badColumn = good;
        badColumn.insert(u"columns"_s, QJsonArray { u"name"_s, u"<b>x</b>"_s });
        QTest::newRow("unknown column") << fileWith({ good, badColumn }) << u"View 2"_s;
        QJsonObject twice = good;
        twice.insert(u"columns"_s, QJsonArray { u"name"_s, u"name"_s });
        QTest::newRow("column twice") << fileWith({ twice }) << u"twice"_s;
        QJsonObject noColumns = good;
        noColumns.insert(u"columns"_s, QJsonArray {});
        QTest::newRow("no columns") << fileWith({ noColumns }) << u"at least one"_s;
        QJsonObject badSort = good;
        badSort.insert(u"sortColumn"_s, u"salary"_s);
        QTest::newRow("unknown sort column") << fileWith({ badSort }) << u"salary"_s;
        QJsonObject badOrder = good;
        badOrder.insert(u"sortOrder"_s, u"up"_s);
        QTest::newRow("bad order") << fileWith({ badOrder }) << u"sortOrder"_s;
        QJsonObject badStatus = good;
        badStatus.insert(u"status"_s, u"deleted"_s);
        QTest::newRow("bad status") << fileWith({ badStatus }) << u"status"_s;
        QJsonObject badPage = good;
        badPage.insert(u"page"_s, u"users"_s);
        QTest::newRow("bad page") << fileWith({ badPage }) << u"page"_s;
        QJsonObject numberExpression = good;
        numberExpression.insert(u"expression"_s, 42);
        QTest::newRow("number expression") << fileWith({ numberExpression }) << u"text"_s;
        QJsonObject longExpression = good;
        longExpression.insert(u"expression"_s, QString(5000, u'a'));
        QTest::newRow("long expression") << fileWith({ longExpression }) << u"longer"_s;
        QJsonObject controlName = good;
        controlName.insert(u"name"_s, u"a\u0007b"_s);
        QTest::newRow("control in name") << fileWith({ controlName }) << u"control"_s;
        QJsonArray many;
        for (int i = 0; i <= SavedViews::maxViews; ++i) {
            QJsonObject view = good;
            view.insert(u"name"_s, u"View %1"_s.arg(i));
            many.append(view);
        }
        QTest::newRow("too many") << fileWith(many) << u"at most"_s;
        QTest::newRow("huge") << QByteArray(2 * 1024 * 1024, ' ') << u"larger"_s;
    }
    void refusesABadFileWhole()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        SavedViews views(u"Staging"_s, ini());
        SavedView kept = euEnterprise();
        kept.expression = u"kept"_s;
        QVERIFY(views.save(kept));
        QSignalSpy changed(&views, &SavedViews::changed);
        QString error;
        QCOMPARE(views.importJson(file, &error), std::nullopt);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(views.views(), QList<SavedView> { kept });
    }

    void skipsAnUnreadableSavedViewOnly()
    {
        {
            QSettings settings(ini(), QSettings::IniFormat);
            QJsonObject broken = euEnterprise().toJson();
            broken.insert(u"columns"_s, QJsonArray { u"gone"_s });
            SavedView other = euEnterprise();
            other.name = u"Fine"_s;
            settings.setValue(u"views/Staging"_s,
                QJsonDocument(QJsonArray { broken, other.toJson() }).toJson(QJsonDocument::Compact));
        }
        const SavedViews views(u"Staging"_s, ini());
        QCOMPARE(views.views().size(), 1);
        QCOMPARE(views.views().first().name, u"Fine"_s);
    }

    void scopes()
    {
        const QUrl remote(u"https://api.example.com/"_s);
        QCOMPARE(SavedViews::scopeFor(Environment::forProfile(u"Staging"_s, remote, {})), u"Staging"_s);
        QCOMPARE(SavedViews::scopeFor(Environment::forBaseUrl(remote)), u"https://api.example.com"_s);
        QCOMPARE(SavedViews::scopeFor(Environment::forBaseUrl(QUrl(u"http://127.0.0.1:41234"_s), true)), u"sandbox"_s);
    }

private:
    QString ini() const { return m_folder->filePath(u"views.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_folder; // a new one for each test
};

QTEST_GUILESS_MAIN(SavedViewsTest)
#include "tst_savedviews.moc"
