using Minutebook.Checking;
using Minutebook.Extraction;
using Minutebook.Extraction.Tables;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Recognising;
using Minutebook.Recognising.Tables;

namespace Minutebook;

/// <summary>
/// read → recognise → extract → check. Each stage is a small class; the order here is the order they run in.
/// A newcomer looking for a rule: find the stage by its name below, then its file of the same name.
/// </summary>
public static class Pipeline
{
    public static readonly IReadOnlyList<IStage> Stages =
    [
        // recognise: split the pack into documents
        new DocumentSegmenter(),
        // recognise: rebuild the tables (before any extractor reads them)
        new TableRecogniser(),
        // extract: domain records
        new FrontSheetExtractor(),
        new MinutesExtractor(),
        new ReportExtractor(),
        new ActionExtractor(),
        // extract: typed records from the tables, and indicators stated in prose
        new IndicatorExtractor(),
        new ProseIndicatorExtractor(),
        new BudgetExtractor(),
        new ScheduleExtractor(),
        // check: findings about the papers themselves
        new NothingFoundCheck(),
        new TotalsCheck(),
        new VarianceCheck(),
        new YearToDateCheck(),
        new RepeatedQuantityCheck(),
        new ImplausibleDateCheck(),
        new AgendaPageRangeCheck(),
        new RepeatedMinuteTextCheck(),
        new AgendaItemWithoutReportCheck(),
    ];

    public static PackRecord Run(SourcePack pack)
    {
        var context = new ExtractionContext(pack);
        foreach (var stage in Stages) stage.Run(context);
        return context.Record;
    }

    public static ExtractionContext RunWithContext(SourcePack pack)
    {
        var context = new ExtractionContext(pack);
        foreach (var stage in Stages) stage.Run(context);
        return context;
    }
}
