# docs/bench.png from scripts/bench's ratios: bareheap's median time per op
# divided by each peer's, per workload, on a log scale; bars grow up from 1
# where bareheap is slower and down where it is faster.
#   gnuplot -e "datafile='...'; outfile='...'" bench/chart.gp
set terminal pngcairo size 1200,650 font "sans,11"
set output outfile
set title "bareheap time / peer time per operation, median of the rounds (log scale; below 1: bareheap faster)"
set logscale y 2
set yrange [*:*]
set ytics ("1/512" 2**-9, "1/256" 2**-8, "1/128" 2**-7, "1/64" 2**-6, "1/32" 2**-5, "1/16" 2**-4, "1/8" 0.125, "1/4" 0.25, "1/2" 0.5, "1" 1, "2" 2, "4" 4, "8" 8, "16" 16, "32" 32)
set grid ytics lc rgb "#dddddd"
set xtics rotate by -30 nomirror
set key outside right top vertical
set style fill solid 0.85 border -1
set xrange [-0.6:*]
w = 0.16
set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 lc rgb "black" front
plot datafile using ($0 - 2*w):(1):($0 - 2.5*w):($0 - 1.5*w):(1):2:xtic(1) with boxxyerror lc rgb "#4e79a7" title "vs glibc", \
     ''       using ($0 - w):(1):($0 - 1.5*w):($0 - 0.5*w):(1):3 with boxxyerror lc rgb "#f28e2b" title "vs musl", \
     ''       using ($0):(1):($0 - 0.5*w):($0 + 0.5*w):(1):4 with boxxyerror lc rgb "#59a14f" title "vs mimalloc", \
     ''       using ($0 + w):(1):($0 + 0.5*w):($0 + 1.5*w):(1):5 with boxxyerror lc rgb "#e15759" title "vs jemalloc", \
     ''       using ($0 + 2*w):(1):($0 + 1.5*w):($0 + 2.5*w):(1):6 with boxxyerror lc rgb "#b07aa1" title "vs scudo"
