# Read the samverkan data bundle in R, draw the collaboration network and measure it.
# Run from the bundle's directory:  Rscript example.R
# Needs igraph and jsonlite (Debian: apt-get install r-cran-igraph r-cran-jsonlite;
# elsewhere: install.packages(c("igraph", "jsonlite"))).
# Writes example-r.png (the network) and example-r-measures.csv (degree and betweenness).

suppressPackageStartupMessages({
  library(jsonlite)
  library(igraph)
})

package <- fromJSON("datapackage.json", simplifyVector = FALSE)

# Column types from the Table Schema: codes such as 0125 stay text, never the number 125.
read_table <- function(name) {
  resource <- Filter(function(r) r$name == name, package$resources)[[1]]
  r_type <- c(string = "character", integer = "integer", number = "numeric",
              boolean = "logical", date = "Date")
  fields <- resource$schema$fields
  classes <- setNames(r_type[vapply(fields, function(f) f$type, "")],
                      vapply(fields, function(f) f$name, ""))
  read.csv(resource$path, fileEncoding = "UTF-8-BOM", sep = resource$dialect$delimiter,
           colClasses = classes, na.strings = "", check.names = FALSE)
}

nodes <- read_table("nodes")
ties <- read_table("ties")
stopifnot(is.character(nodes$municipality_code))

# igraph takes the first column of the vertex table as the vertex name (the node id);
# the node's display name goes to the attribute label.
vertices <- data.frame(name = nodes$id, label = nodes$name, sector = nodes$sector,
                       municipality_code = nodes$municipality_code, stringsAsFactors = FALSE)
g <- graph_from_data_frame(ties[, c("source", "target", "tie_id", "kind", "weight")],
                           directed = FALSE, vertices = vertices)

# The project's measures: degree = number of ties; betweenness normalised as in NetworkX,
# 2B / ((n - 1)(n - 2)), on unweighted shortest paths (the weight is a strength, not a
# distance, so weights = NA).
result <- data.frame(
  id = V(g)$name,
  name = V(g)$label,
  municipality_code = V(g)$municipality_code,
  degree = degree(g),
  betweenness = betweenness(g, directed = FALSE, weights = NA, normalized = TRUE),
  stringsAsFactors = FALSE
)
result <- result[order(-result$betweenness, result$id), ]
write.csv(result, "example-r-measures.csv", row.names = FALSE, fileEncoding = "UTF-8")

palette <- c(kommunal = "#0072B2", "kommunalt-bolag" = "#56B4E9", statlig = "#CC79A7",
             eu = "#E69F00", civilsamhalle = "#009E73", privat = "#8C6D31",
             samverkan = "#7F3C8D")
colour <- ifelse(V(g)$sector %in% names(palette), palette[V(g)$sector], "#AAAAAA")
png("example-r.png", width = 1600, height = 1200, res = 150)
set.seed(7)
plot(g, vertex.color = colour, vertex.size = 4 + 60 * result$betweenness[match(V(g)$name, result$id)],
     vertex.label = NA, edge.color = "#888888", main = "samverkan: collaboration network")
invisible(dev.off())

cat(sprintf("%d actors, %d ties; top broker: %s (betweenness %.3f)\n",
            vcount(g), ecount(g), result$name[1], result$betweenness[1]))
