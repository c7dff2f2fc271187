using Minutebook.Recognising;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Recognising;

public class DocumentSegmenterCorpusTests
{
    private static List<PackDocument> Docs(string prefix) => Corpus.Context(Corpus.Text(prefix)).Documents;

    private static void CoversThePack(string prefix)
    {
        var context = Corpus.Context(Corpus.Text(prefix));
        var docs = context.Documents;
        Assert.Equal(0, docs[0].Start);
        Assert.Equal(context.Lines.Count, docs[^1].End);
        for (int i = 1; i < docs.Count; i++) Assert.Equal(docs[i - 1].End, docs[i].Start);
    }

    [CorpusFact]
    public void Pack_000_front_sheet_terms_membership_minutes_and_the_papers_of_item_7()
    {
        CoversThePack("000_");
        var docs = Docs("000_");
        Assert.Equal(DocumentKind.AgendaFrontSheet, docs[0].Kind);
        var byItem = docs.Where(d => d.AgendaItem is not null).ToDictionary(d => d.AgendaItem!);
        Assert.Equal(DocumentKind.OutsideDocument, byItem["2"].Kind);
        Assert.Contains("Terms of Reference", byItem["2"].Title);
        Assert.Equal("MEMBERSHIP OF COMMITTEES 2020/21", byItem["3"].Title);
        // terms of reference: pages 1-2, the second left blank, so all of it is printed on page 1
        var terms = Corpus.Context(Corpus.Text("000_")).ContentOf(byItem["2"]).ToList();
        Assert.All(terms, l => Assert.Equal(1, l.Page));
        var minutes = Assert.Single(docs, d => d.Kind == DocumentKind.Minutes);
        Assert.Equal("4", minutes.AgendaItem);
        Assert.Contains("16 OCTOBER 2020", minutes.Title);
        Assert.Equal((5, 14), (minutes.FirstPage, minutes.LastPage));
        Assert.Contains("Equality Strategy", byItem["7(b)"].Title);
        Assert.Equal((21, 56), (byItem["7(b)"].FirstPage, byItem["7(b)"].LastPage));
        Assert.Contains("7(a)", byItem.Keys);
        Assert.Contains("7(c)", byItem.Keys);
        // the minutes' first line carries the first page of item 4's range
        var context = Corpus.Context(Corpus.Text("000_"));
        Assert.Equal(5, context.ContentOf(minutes).First().Page);
    }

    [CorpusFact]
    public void Pack_001_minutes_then_one_report_per_agenda_item()
    {
        CoversThePack("001_");
        var docs = Docs("001_");
        Assert.Equal(DocumentKind.AgendaFrontSheet, docs[0].Kind);
        Assert.Equal(DocumentKind.Minutes, docs[1].Kind);
        Assert.Equal("1", docs[1].AgendaItem);
        var reports = docs.Where(d => d.Kind == DocumentKind.Report).Select(d => d.AgendaItem).ToList();
        Assert.Equal(["4", "5", "6", "7", "8", "9"], reports);
        Assert.Contains("DIGITAL", docs.Single(d => d.AgendaItem == "4").Title);
        // item 7's report starts under a heading set in bold over two lines, inside item 6's range
        Assert.Equal("PUBLIC HEALTH PERFORMANCE AND QUALITY REPORT FOR CONTRACTS FUNDED WITH RING-FENCED PUBLIC HEALTH GRANT, 1 JULY 2020 TO 30 SEPTEMBER 2020",
            docs.Single(d => d.AgendaItem == "7").Title);
        Assert.Equal((29, 84), (docs.Single(d => d.AgendaItem == "6").FirstPage, docs.Single(d => d.AgendaItem == "6").LastPage));
    }

    [CorpusFact]
    public void Pack_002_nhs_england_paper_and_memorandum_are_outside_documents_of_item_6()
    {
        CoversThePack("002_");
        var docs = Docs("002_");
        Assert.Equal(DocumentKind.AgendaFrontSheet, docs[0].Kind);
        Assert.Equal("2", docs.Single(d => d.Kind == DocumentKind.Minutes).AgendaItem);
        var outside = docs.Where(d => d.AgendaItem == "6").ToList();
        Assert.Equal(2, outside.Count);
        Assert.All(outside, d => Assert.Equal(DocumentKind.OutsideDocument, d.Kind));
        Assert.Contains(outside, d => d.Title!.Contains("Memorandum of Understanding"));
        Assert.Equal("Emerging Futures: Housing Related Support", docs.Single(d => d.Kind == DocumentKind.Report && d.AgendaItem == "7").Title);
        Assert.Contains(docs, d => d.Kind == DocumentKind.Appendix && d.AgendaItem == "8");
        Assert.Contains(docs, d => d.AgendaItem == "10" && d.Title!.Contains("FORWARD PLAN"));
    }

    [CorpusFact]
    public void Pack_003_wirral_report_covers_and_their_appendices()
    {
        CoversThePack("003_");
        var docs = Docs("003_");
        Assert.Equal(DocumentKind.AgendaFrontSheet, docs[0].Kind);
        Assert.Equal("4", docs.Single(d => d.Kind == DocumentKind.Minutes).AgendaItem);
        var reports = docs.Where(d => d.Kind == DocumentKind.Report).ToList();
        Assert.Equal(["6", "7", "8", "9", "10", "11"], reports.Select(r => r.AgendaItem));
        Assert.Equal("PLACE DIRECTOR OBJECTIVES UPDATE", reports[0].Title);
        Assert.Equal(7, reports[0].FirstPage);
        var appendix = docs.Single(d => d.Kind == DocumentKind.Appendix && d.AgendaItem == "10");
        Assert.StartsWith("APPENDIX 1", appendix.Title);
        Assert.Equal(194, appendix.LastPage);
    }

    [CorpusFact]
    public void Pack_004_is_a_single_report_without_front_sheet()
    {
        CoversThePack("004_");
        var doc = Assert.Single(Docs("004_"));
        Assert.Equal(DocumentKind.Report, doc.Kind);
    }
}
