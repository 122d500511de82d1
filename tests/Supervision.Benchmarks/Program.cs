using Supervision.Benchmarks;

// dotnet run -c Release --project tests/Supervision.Benchmarks -- transitions|import|notices|deadlines|cluster|evaluation|backup|cascade
// Each benchmark prints progress lines, then one JSON line with its figures and a ratio against a baseline measured in the same run.
var which = args.FirstOrDefault() ?? "transitions";
return which switch
{
    "transitions" => await TransitionsBenchmark.RunAsync(args.Skip(1).ToArray()),
    "import" => await ImportBenchmark.RunAsync(args.Skip(1).ToArray()),
    "notices" => await NoticesBenchmark.RunAsync(args.Skip(1).ToArray()),
    "deadlines" => await DeadlinesBenchmark.RunAsync(args.Skip(1).ToArray()),
    "cluster" => await ClusterBenchmark.RunAsync(args.Skip(1).ToArray()),
    "evaluation" => await EvaluationBenchmark.RunAsync(args.Skip(1).ToArray()),
    "backup" => await BackupBenchmark.RunAsync(args.Skip(1).ToArray()),
    "cascade" => await CascadeBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Supervision.Benchmarks transitions [--seconds N] [--store sqlite|postgres [--connection CS]] | import [--seed PATH] | notices [--count N] [--tls-count N] | deadlines [--obligations N] [--triggers M] | cluster [--seconds N] [--clients C] [--connection CS] | evaluation [--plans P] [--items I] [--agencies A] | backup --data DIR | cascade [--size N] [--real ITEMS] [--divisions DIR]");
    return 2;
}
