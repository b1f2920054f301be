// SPDX-License-Identifier: GPL-3.0-or-later
// How long finding shared passages takes (QBENCHMARK; run with -tickcounter or -callgrind as
// usual for Qt Test benchmarks):
// - two texts of 200 pages (100,000 words each, 500 a page) sharing 20 passages: Compare;
// - 200 articles of 2,000 words each, every pair of them through the inverted index: View ▸
//   Shared Passages on a dossier of that size.
// The words are the seed articles' (../shared/seeds), drawn at random so their frequencies are
// French ones; the shared passages are sentences of the seeds copied into both texts.
#include "analysis/sharedpassagefinder.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Recoupe;

class BenchSharedPassages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
        QString all;
        for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile file(seeds.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
        }
        m_words = all.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        m_sentences = all.split(QRegularExpression(QStringLiteral("(?<=[.!?])\\s+")), Qt::SkipEmptyParts);
        m_sentences.erase(std::remove_if(m_sentences.begin(), m_sentences.end(),
                              [](const QString &s) { return s.count(QLatin1Char(' ')) < 12; }),
            m_sentences.end());
        if (m_words.size() < 1000 || m_sentences.size() < 20)
            QSKIP("The seed articles (../shared/seeds) are needed.");
    }

    void twoBooks()
    {
        QRandomGenerator random(14);
        QString a = text(random, 100000), b = text(random, 100000);
        for (int i = 0; i < 20; ++i) {
            const QString &sentence = m_sentences.at(i * 3 % m_sentences.size());
            a.insert(int(a.size()) * i / 20, QLatin1Char(' ') + sentence + QLatin1Char(' '));
            b.insert(int(b.size()) * (19 - i) / 20, QLatin1Char(' ') + sentence + QLatin1Char(' '));
        }
        QVector<SharedPassage> found;
        QBENCHMARK {
            found = SharedPassageFinder::compare(a, b);
        }
        QVERIFY(found.size() >= 20);
    }

    void twoHundredArticles()
    {
        QRandomGenerator random(15);
        SharedPassageFinder finder;
        for (int i = 0; i < 200; ++i) {
            QString article = text(random, 2000);
            // Every tenth article repeats one of five press releases.
            if (i % 10 == 0)
                article.insert(article.size() / 2, QLatin1Char(' ') + m_sentences.at(i / 10 % 5) + QLatin1Char(' '));
            finder.addText(i + 1, article);
        }
        QVector<SharedPassage> found;
        QBENCHMARK {
            found = finder.allPassages();
        }
        QVERIFY(!found.isEmpty());
    }

private:
    QString text(QRandomGenerator &random, int words) const
    {
        QStringList out;
        out.reserve(words);
        for (int i = 0; i < words; ++i)
            out.append(m_words.at(int(random.bounded(m_words.size()))));
        return out.join(QLatin1Char(' '));
    }

    QStringList m_words;
    QStringList m_sentences;
};

QTEST_GUILESS_MAIN(BenchSharedPassages)
#include "bench_sharedpassages.moc"
