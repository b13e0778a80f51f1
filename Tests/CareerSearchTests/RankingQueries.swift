extension RankingCorpus {
    /// (question, doc id -> grade).
    static let keywordQueries: [(String, [Int: Int])] = [
        ("machine learning engineer", [2: 2, 0: 1, 25: 1]),
        ("who builds dashboards", [1: 2, 26: 2]),
        ("kubernetes and docker containers", [8: 2, 9: 1]),
        ("nurse working in a hospital", [15: 2, 29: 1]),
        ("ethical hacker jobs", [11: 2, 10: 1]),
        ("SQL databases", [24: 2, 3: 1, 1: 1, 26: 1, 6: 1]),
        ("how to become a web developer", [5: 2, 6: 1]),
        ("iOS app with Swift", [7: 2]),
        ("security analyst certifications", [10: 2, 11: 1]),
        ("deep learning research", [25: 2, 2: 1, 0: 1]),
        ("financial models in Excel", [18: 2, 17: 1]),
        ("design user interfaces", [12: 2, 5: 1, 20: 1]),
        ("C++ game programming", [23: 2, 4: 1]),
        ("statistics and A/B tests", [0: 2, 1: 1]),
        ("manage the product roadmap", [13: 2, 14: 1]),
        ("data pipelines with Spark and Airflow", [3: 2, 2: 1]),
        ("recruiting and hiring", [28: 2]),
        ("write documentation", [21: 2]),
        ("aws cloud", [9: 2, 8: 1]),
        ("sales job with commission", [27: 2]),
        ("what does a teacher do in the classroom", [16: 2]),
        ("data engineer", [3: 2, 26: 1, 0: 1, 2: 1]),
    ]

    /// Longer questions phrased the way people ask the advisor (typos already corrected).
    /// Written after the keyword set had been measured, before these were run.
    static let questionQueries: [(String, [Int: Int])] = [
        ("what does a data scientist do all day", [0: 2, 1: 1]),
        ("I love drawing and want a creative job making logos", [20: 2, 12: 1]),
        ("how do I get into cybersecurity without a degree", [10: 2, 11: 1]),
        ("which job lets me help patients recover from sports injuries", [29: 2, 15: 1]),
        ("I am good with numbers and taxes, what career fits", [17: 2, 18: 1]),
        ("who keeps servers and deployments running at night", [8: 2, 6: 1, 24: 1]),
        ("I want to build apps for android phones", [7: 2]),
        ("what skills does a backend developer need for APIs", [6: 2, 4: 1]),
        ("careers teaching children in a school", [16: 2]),
        ("how to move from data analyst to business intelligence developer", [26: 2, 1: 2]),
        ("jobs that invent new AI methods and publish papers", [25: 2]),
        ("install wiring and lighting in houses", [22: 2]),
    ]

    static let queries = keywordQueries + questionQueries
}
